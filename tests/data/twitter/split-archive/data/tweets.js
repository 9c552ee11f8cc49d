window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1610000000000000001",
      "id" : "1610000000000000001",
      "full_text" : "Offset time, written in Berlin",
      "created_at" : "Mon Jan 02 12:00:00 +0200 2023",
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
      "id_str" : "1610000000000000002",
      "id" : "1610000000000000002",
      "full_text" : "Part zero, second",
      "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
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
  }
]