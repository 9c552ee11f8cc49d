window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "1",
      "user_id" : "4200000000000000001",
      "created_at" : "x"
    }
  }
]