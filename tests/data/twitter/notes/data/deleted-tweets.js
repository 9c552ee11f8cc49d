window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1650000000000000009",
      "id" : "1650000000000000009",
      "full_text" : "Long post C, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted…",
      "created_at" : "Fri Mar 03 13:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      }
    }
  }
]