window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1610000000000000009",
      "id" : "1610000000000000009",
      "full_text" : "I regret this",
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