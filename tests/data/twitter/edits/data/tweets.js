window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1630000000000000002",
      "id" : "1630000000000000002",
      "full_text" : "Version two",
      "created_at" : "Wed Mar 01 10:05:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1630000000000000001",
          "editControlInitial" : {
            "editTweetIds" : [
              "1630000000000000001",
              "1630000000000000002",
              "1630000000000000003"
            ],
            "editsRemaining" : "3",
            "isEditEligible" : true
          }
        }
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1630000000000000001",
      "id" : "1630000000000000001",
      "full_text" : "Version one",
      "created_at" : "Wed Mar 01 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630000000000000001",
            "1630000000000000002",
            "1630000000000000003"
          ],
          "editsRemaining" : "3",
          "isEditEligible" : true
        }
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1630000000000000003",
      "id" : "1630000000000000003",
      "full_text" : "Version three, the last",
      "created_at" : "Wed Mar 01 10:10:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1630000000000000001",
          "editControlInitial" : {
            "editTweetIds" : [
              "1630000000000000001",
              "1630000000000000002",
              "1630000000000000003"
            ],
            "editsRemaining" : "3",
            "isEditEligible" : true
          }
        }
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1630000000000000010",
      "id" : "1630000000000000010",
      "full_text" : "A reply to the first version",
      "created_at" : "Wed Mar 01 11:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "in_reply_to_status_id_str" : "1630000000000000001",
      "in_reply_to_user_id_str" : "4200000000000000001",
      "in_reply_to_screen_name" : "quill_test"
    }
  },
  {
    "tweet" : {
      "id_str" : "1630000000000000020",
      "id" : "1630000000000000020",
      "full_text" : "Edited, but only this version is here",
      "created_at" : "Wed Mar 01 12:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630000000000000019",
            "1630000000000000020"
          ],
          "editsRemaining" : "3",
          "isEditEligible" : true
        }
      }
    }
  }
]