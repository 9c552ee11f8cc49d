window.YTD.tweets.part1 = [
  {
    "id_str" : "1610000000000000004",
    "id" : "1610000000000000004",
    "full_text" : "Bare object in part one",
    "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
    "retweeted" : false,
    "entities" : {
      "hashtags" : [],
      "user_mentions" : [],
      "urls" : []
    }
  },
  {
    "id_str" : "1610000000000000003",
    "id" : "1610000000000000003",
    "full_text" : "Seen twice: here and in part 1",
    "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
    "retweeted" : false,
    "entities" : {
      "hashtags" : [],
      "user_mentions" : [],
      "urls" : []
    }
  }
]