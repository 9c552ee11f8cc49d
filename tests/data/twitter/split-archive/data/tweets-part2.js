window.YTD.tweets.part2 = [
  {
    "tweet" : {
      "id_str" : "1610000000000000005",
      "id" : "1610000000000000005",
      "full_text" : "Part two, where the manifest expects five",
      "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      }
    }
  }
]