window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1640000000000000101",
      "id" : "1640000000000000101",
      "full_text" : "Nobody to tell me who I am",
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