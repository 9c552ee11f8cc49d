window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1670000000000000001",
      "id" : "1670000000000000001",
      "full_text" : "Record 1",
      "created_at" : "Sat Apr 01 10:00:01 +0000 2023",
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
      "id_str" : "1670000000000000002",
      "id" : "1670000000000000002",
      "full_text" : "Record 2",
      "created_at" : "Sat Apr 01 10:00:02 +0000 2023",
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
      "id_str" : "1670000000000000003",
      "id" : "1670000000000000003",
      "full_text" : "Record 3",
      "created_at" : "Sat Apr 01 10:00:03 +0000 2023",
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
      "id_str" : "1670000000000000004",
      "id" : "1670000000000000004",
      "full_text" : "Record 4",
      "created_at" : "Sat Apr 01 10:00:04 +0000 2023",
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
      "id_str" : "1670000000000000005",
      "id" : "1670000000000000005",
      "full_text" : "Record 5",
      "created_at" : "Sat Apr 01 10:00:05 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      }
    }
  }
];
