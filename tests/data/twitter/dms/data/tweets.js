window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1660000000000000001",
      "id" : "1660000000000000001",
      "full_text" : "@pal_one hello",
      "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "urls" : [],
        "hashtags" : [],
        "user_mentions" : [
          {
            "screen_name" : "pal_one",
            "name" : "Pal One",
            "id_str" : "111"
          }
        ]
      },
      "in_reply_to_status_id_str" : "1500000000000000002",
      "in_reply_to_user_id_str" : "111",
      "in_reply_to_screen_name" : "pal_one"
    }
  }
]