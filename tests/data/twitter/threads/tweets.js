window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1640000000000000001",
      "id" : "1640000000000000001",
      "full_text" : "Thread root 1/3",
      "created_at" : "Thu Mar 02 09:00:00 +0000 2023",
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
      "id_str" : "1640000000000000002",
      "id" : "1640000000000000002",
      "full_text" : "2/3",
      "created_at" : "Thu Mar 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "in_reply_to_status_id_str" : "1640000000000000001",
      "in_reply_to_user_id_str" : "4200000000000000001",
      "in_reply_to_screen_name" : "quill_test"
    }
  },
  {
    "tweet" : {
      "id_str" : "1640000000000000003",
      "id" : "1640000000000000003",
      "full_text" : "3/3",
      "created_at" : "Thu Mar 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "in_reply_to_status_id_str" : "1640000000000000002",
      "in_reply_to_user_id_str" : "4200000000000000001",
      "in_reply_to_screen_name" : "quill_test"
    }
  },
  {
    "tweet" : {
      "id_str" : "1640000000000000004",
      "id" : "1640000000000000004",
      "full_text" : "a reply to someone else",
      "created_at" : "Thu Mar 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "in_reply_to_status_id_str" : "1500000000000000000",
      "in_reply_to_user_id_str" : "555",
      "in_reply_to_screen_name" : "stranger"
    }
  },
  {
    "tweet" : {
      "id_str" : "1640000000000000005",
      "id" : "1640000000000000005",
      "full_text" : "cycle A",
      "created_at" : "Thu Mar 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "in_reply_to_status_id_str" : "1640000000000000006",
      "in_reply_to_user_id_str" : "4200000000000000001",
      "in_reply_to_screen_name" : "quill_test"
    }
  },
  {
    "tweet" : {
      "id_str" : "1640000000000000006",
      "id" : "1640000000000000006",
      "full_text" : "cycle B",
      "created_at" : "Thu Mar 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "in_reply_to_status_id_str" : "1640000000000000005",
      "in_reply_to_user_id_str" : "4200000000000000001",
      "in_reply_to_screen_name" : "quill_test"
    }
  },
  {
    "tweet" : {
      "id_str" : "1640000000000000007",
      "id" : "1640000000000000007",
      "full_text" : "answers itself",
      "created_at" : "Thu Mar 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "in_reply_to_status_id_str" : "1640000000000000007",
      "in_reply_to_user_id_str" : "4200000000000000001",
      "in_reply_to_screen_name" : "quill_test"
    }
  }
]