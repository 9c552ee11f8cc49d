window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1650000000000000001",
      "id" : "1650000000000000001",
      "full_text" : "Long post A: the full text of A is here and it is much longer than what tweets.js keeps, the full text of A is here and it is much longer than what tweets.js keeps, the full text of A is here and it is much longer than what tweets.js keeps, the full text of A …",
      "created_at" : "Fri Mar 03 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1650000000000000002",
      "id" : "1650000000000000002",
      "full_text" : "@pal Long post B answers @pal: everything that did not fit in the tweet, everything that did not fit in the tweet, everything that did not fit in the tweet, everything that did not fit in the tweet, everything that did not fit in the tweet, everything tha… https://t.co/CUTLINK002",
      "created_at" : "Fri Mar 03 11:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "in_reply_to_status_id_str" : "1500000000000000001",
      "in_reply_to_user_id_str" : "321",
      "in_reply_to_screen_name" : "pal"
    }
  },
  {
    "tweet" : {
      "id_str" : "1650000000000000003",
      "id" : "1650000000000000003",
      "full_text" : "A short post in the same second as note A",
      "created_at" : "Fri Mar 03 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1650000000000000004",
      "id" : "1650000000000000004",
      "full_text" : "Matched by id: xxxxxxxxxxxxxxxxxxxx…",
      "created_at" : "Fri Mar 03 12:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      }
    }
  }
]