window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641185879126966312"
          ],
          "editableUntil" : "2023-03-29T22:09:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1641184704721846311",
      "in_reply_to_status_id" : "1641184704721846311",
      "id_str" : "1641185879126966312",
      "in_reply_to_user_id" : "1478223340123456789",
      "in_reply_to_user_id_str" : "1478223340123456789",
      "in_reply_to_screen_name" : "adaquill",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1641185879126966312",
      "created_at" : "Wed Mar 29 21:09:40 +0000 2023",
      "favorited" : false,
      "full_text" : "(for anyone trying: about 40 minutes after sunset, due west, binoculars first, then naked eye)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641184704721846311"
          ],
          "editableUntil" : "2023-03-29T22:05:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "10",
      "id_str" : "1641184704721846311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1641184704721846311",
      "created_at" : "Wed Mar 29 21:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Mercury spotted! Low on the horizon, right where the app said. It took four evenings of trying.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1640643639505846310"
          ],
          "editableUntil" : "2023-03-28T10:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "1640643639505846310",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1640643639505846310",
      "created_at" : "Tue Mar 28 09:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Bagel attempt #1: dense, chewy, slightly sad. Still ate three. &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1640454895825846309"
          ],
          "editableUntil" : "2023-03-27T21:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "1640454895825846309",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1640454895825846309",
      "created_at" : "Mon Mar 27 20:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Thank you all for the kind replies this month. Next up: learning to bake bagels and finding Mercury. Wish me luck with both.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1639930188395446308"
          ],
          "editableUntil" : "2023-03-26T11:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "7",
      "id_str" : "1639930188395446308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1639930188395446308",
      "created_at" : "Sun Mar 26 10:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Sunday loaf is in. Kitchen smells like a bakery and the cat is unimpressed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1639696146232246307"
          ],
          "editableUntil" : "2023-03-25T19:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "270"
      ],
      "favorite_count" : "15",
      "id_str" : "1639696146232246307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1639696146232246307",
      "created_at" : "Sat Mar 25 18:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Some notes after a year of baking and stargazing side by side, since people keep asking how the two fit together. Both reward patience more than talent. Both happen best in the quiet hours. Both make you check the weather obsessively. And both are better shared: a loaf…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1639190313169846306"
          ],
          "editableUntil" : "2023-03-24T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "9",
      "id_str" : "1639190313169846306",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1639190313169846306",
      "created_at" : "Fri Mar 24 09:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things I use every single bake: a scale, a bench scraper, and patience. Only one of them was expensive (not the patience).",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1639054291891126305"
          ],
          "editableUntil" : "2023-03-24T00:59:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "12",
      "id_str" : "1639054291891126305",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1639054291891126305",
      "created_at" : "Thu Mar 23 23:59:30 +0000 2023",
      "favorited" : false,
      "full_text" : "If you ever feel small, find the Andromeda galaxy. You will feel smaller, and somehow that helps.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638510835921846304"
          ],
          "editableUntil" : "2023-03-22T13:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "1638510835921846304",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1638510835921846304",
      "created_at" : "Wed Mar 22 12:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Ran a little experiment: same dough, one loaf baked on a stone, one in a pot. The pot wins on rise, the stone wins on crust.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1638205071160246303"
          ],
          "editableUntil" : "2023-03-21T16:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Milo Ferments",
            "screen_name" : "milo_ferment",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1638123000000000005",
      "in_reply_to_status_id" : "1638123000000000005",
      "id_str" : "1638205071160246303",
      "in_reply_to_user_id" : "900000000000000011",
      "in_reply_to_user_id_str" : "900000000000000011",
      "in_reply_to_screen_name" : "milo_ferment",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1638205071160246303",
      "created_at" : "Tue Mar 21 15:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@milo_ferment no, I keep it in the fridge between bakes and feed it the night before",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637727709033398302"
          ],
          "editableUntil" : "2023-03-20T09:08:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1637727709033398302",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1637727709033398302",
      "created_at" : "Mon Mar 20 08:08:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Spring equinox. Equal day and night, equal parts flour and water in the levain. Balance everywhere.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637564852597686301"
          ],
          "editableUntil" : "2023-03-19T22:21:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1637564852597686301",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1637564852597686301",
      "created_at" : "Sun Mar 19 21:21:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Caught a satellite flare. Two seconds of light and then gone. I said &quot;oh!&quot; out loud to nobody.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1637038635217846300"
          ],
          "editableUntil" : "2023-03-18T11:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1637038635217846300",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1637038635217846300",
      "created_at" : "Sat Mar 18 10:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Market day. Sold out of rye by ten, which means next week I make twice as much and sell out by eleven.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1636819692549046298",
          "editControlInitial" : {
            "editTweetIds" : [
              "1636819692549046298",
              "1636820447523766299"
            ],
            "editableUntil" : "2023-03-17T21:03:00.000Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "12",
      "id_str" : "1636820447523766299",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1636820447523766299",
      "created_at" : "Fri Mar 17 20:03:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Jupiter and Venus are close together in the west tonight. Look just after sunset, they set early!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636819692549046298",
            "1636820447523766299"
          ],
          "editableUntil" : "2023-03-17T21:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "13",
      "id_str" : "1636819692549046298",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1636819692549046298",
      "created_at" : "Fri Mar 17 20:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Jupiter and Venus are close together in the west tonight, look just after sunset!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636367710155702297"
          ],
          "editableUntil" : "2023-03-16T15:03:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nadia",
            "screen_name" : "nadia_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "900000000000000033",
            "id" : "900000000000000033"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1636369000000000004",
      "in_reply_to_status_id" : "1636369000000000004",
      "id_str" : "1636367710155702297",
      "in_reply_to_user_id" : "900000000000000033",
      "in_reply_to_user_id_str" : "900000000000000033",
      "in_reply_to_screen_name" : "nadia_bakes",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1636367710155702297",
      "created_at" : "Thu Mar 16 14:03:59 +0000 2023",
      "favorited" : false,
      "full_text" : "@nadia_bakes 250°C with the lid on, 230°C once the lid is off. Twenty minutes each.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636258494673846296"
          ],
          "editableUntil" : "2023-03-16T07:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "15",
      "id_str" : "1636258494673846296",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1636258494673846296",
      "created_at" : "Thu Mar 16 06:50:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Scored the loaves with a razor blade for the first time instead of a kitchen knife. Huge difference. The ear is real.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1636132665553846295"
          ],
          "editableUntil" : "2023-03-15T23:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lena Ortiz",
            "screen_name" : "astro_lena",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "900000000000000044",
            "id" : "900000000000000044"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "15",
      "id_str" : "1636132665553846295",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1636132665553846295",
      "created_at" : "Wed Mar 15 22:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @astro_lena: Reminder that you don&apos;t need a telescope to start. A chair, a red torch, and twenty minutes of letting your eyes adjust go a long…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635599447880630294"
          ],
          "editableUntil" : "2023-03-14T12:11:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "16",
      "id_str" : "1635599447880630294",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1635599447880630294",
      "created_at" : "Tue Mar 14 11:11:11 +0000 2023",
      "favorited" : false,
      "full_text" : "Happy Pi Day. I made a pie. It was round-ish. π ≈ 3, in my kitchen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1635326121866166293"
          ],
          "editableUntil" : "2023-03-13T18:05:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1635326121866166293",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1635326121866166293",
      "created_at" : "Mon Mar 13 17:05:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Hydration is a number, but it is also a feeling in your hands. 78% in this flour feels like 72% in the old one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634844175365046292"
          ],
          "editableUntil" : "2023-03-12T10:10:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "11",
      "id_str" : "1634844175365046292",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1634844175365046292",
      "created_at" : "Sun Mar 12 09:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Sunday. Nothing to proof, nothing to observe, the sky is grey and the oven is cold. Reading about comets instead.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634642353845174291"
          ],
          "editableUntil" : "2023-03-11T20:48:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/adaquill/status/1634642353845174291/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/Qz00000004",
            "media_url" : "http://pbs.twimg.com/media/FqB2moonPhoneShot.jpg",
            "id_str" : "1634642353845174291",
            "id" : "1634642353845174291",
            "media_url_https" : "https://pbs.twimg.com/media/FqB2moonPhoneShot.jpg",
            "sizes" : {
              "large" : {
                "w" : "1600",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/FqB2moonPh"
          }
        ]
      },
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/adaquill/status/1634642353845174291/photo/1",
            "indices" : [
              "91",
              "114"
            ],
            "url" : "https://t.co/Qz00000004",
            "media_url" : "http://pbs.twimg.com/media/FqB2moonPhoneShot.jpg",
            "id_str" : "1634642353845174291",
            "id" : "1634642353845174291",
            "media_url_https" : "https://pbs.twimg.com/media/FqB2moonPhoneShot.jpg",
            "sizes" : {
              "large" : {
                "w" : "1600",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/FqB2moonPh"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1634642353845174291",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1634642353845174291",
      "created_at" : "Sat Mar 11 19:48:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Moon through the telescope, phone held against the eyepiece with two fingers and a prayer. https://t.co/Qz00000004",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634182859453366290"
          ],
          "editableUntil" : "2023-03-10T14:22:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo | Skywatch",
            "screen_name" : "skywatch_jo",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "900000000000000022",
            "id" : "900000000000000022"
          },
          {
            "name" : "Milo Ferments",
            "screen_name" : "milo_ferment",
            "indices" : [
              "13",
              "26"
            ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1634175000000000003",
      "in_reply_to_status_id" : "1634175000000000003",
      "id_str" : "1634182859453366290",
      "in_reply_to_user_id" : "900000000000000022",
      "in_reply_to_user_id_str" : "900000000000000022",
      "in_reply_to_screen_name" : "skywatch_jo",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1634182859453366290",
      "created_at" : "Fri Mar 10 13:22:10 +0000 2023",
      "favorited" : false,
      "full_text" : "@skywatch_jo @milo_ferment we should do a bread &amp; stars picnic when it warms up",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1634101783557046289"
          ],
          "editableUntil" : "2023-03-10T09:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "4",
      "id_str" : "1634101783557046289",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1634101783557046289",
      "created_at" : "Fri Mar 10 08:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Friday bake list: two country loaves, one rye, and a tray of cinnamon &amp; walnut scrolls for the market.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633924251251638288"
          ],
          "editableUntil" : "2023-03-09T21:14:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "155"
      ],
      "favorite_count" : "2",
      "id_str" : "1633924251251638288",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633924251251638288",
      "created_at" : "Thu Mar 09 20:14:33 +0000 2023",
      "favorited" : false,
      "full_text" : "Tiny victory: my seven-year-old neighbour can now find the Big Dipper without help. She calls it &quot;the saucepan&quot;, which is honestly more accurate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633505353528246287"
          ],
          "editableUntil" : "2023-03-08T17:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Milo Ferments",
            "screen_name" : "milo_ferment",
            "indices" : [
              "114",
              "127"
            ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Qz00000003",
            "expanded_url" : "https://breadscience.example/articles/steam-and-oven-spring?ref=tw&src=share",
            "display_url" : "breadscience.example/articles/st…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "9",
      "id_str" : "1633505353528246287",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1633505353528246287",
      "created_at" : "Wed Mar 08 16:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "This explainer on how steam makes oven spring happen is the clearest I&apos;ve read: https://t.co/Qz00000003 (via @milo_ferment)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1633010845086646286"
          ],
          "editableUntil" : "2023-03-07T08:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "7",
      "id_str" : "1633010845086646286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1633010845086646286",
      "created_at" : "Tue Mar 07 07:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Porridge, black tea, and a star chart on the kitchen table. A good Tuesday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632892762846134285"
          ],
          "editableUntil" : "2023-03-07T00:55:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1632892762846134285",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1632892762846134285",
      "created_at" : "Mon Mar 06 23:55:47 +0000 2023",
      "favorited" : false,
      "full_text" : "Found the Orion Nebula with the little binoculars. Fuzzy, faint, and still the best thing I saw all day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632687464248246284"
          ],
          "editableUntil" : "2023-03-06T11:20:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nadia",
            "screen_name" : "nadia_bakes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "900000000000000033",
            "id" : "900000000000000033"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1632628000000000002",
      "in_reply_to_status_id" : "1632628000000000002",
      "id_str" : "1632687464248246284",
      "in_reply_to_user_id" : "900000000000000033",
      "in_reply_to_user_id_str" : "900000000000000033",
      "in_reply_to_screen_name" : "nadia_bakes",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1632687464248246284",
      "created_at" : "Mon Mar 06 10:20:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@nadia_bakes That crust! What temperature do you start at?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632442592392118283"
          ],
          "editableUntil" : "2023-03-05T19:06:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1632441896137654282",
      "in_reply_to_status_id" : "1632441896137654282",
      "id_str" : "1632442592392118283",
      "in_reply_to_user_id" : "1478223340123456789",
      "in_reply_to_user_id_str" : "1478223340123456789",
      "in_reply_to_screen_name" : "adaquill",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1632442592392118283",
      "created_at" : "Sun Mar 05 18:06:58 +0000 2023",
      "favorited" : false,
      "full_text" : "4/4 And I bake a little hotter and longer than feels safe. Dark crust is flavour, not failure. End of thread, go bake something.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632441896137654282"
          ],
          "editableUntil" : "2023-03-05T19:04:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1632441468318646281",
      "in_reply_to_status_id" : "1632441468318646281",
      "id_str" : "1632441896137654282",
      "in_reply_to_user_id" : "1478223340123456789",
      "in_reply_to_user_id_str" : "1478223340123456789",
      "in_reply_to_screen_name" : "adaquill",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1632441896137654282",
      "created_at" : "Sun Mar 05 18:04:12 +0000 2023",
      "favorited" : false,
      "full_text" : "3/4 I stopped following the clock and started watching the dough: 50-75% bigger, domed, a few bubbles on the side &gt; any timer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632441468318646281"
          ],
          "editableUntil" : "2023-03-05T19:02:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1632440843367350280",
      "in_reply_to_status_id" : "1632440843367350280",
      "id_str" : "1632441468318646281",
      "in_reply_to_user_id" : "1478223340123456789",
      "in_reply_to_user_id_str" : "1478223340123456789",
      "in_reply_to_screen_name" : "adaquill",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1632441468318646281",
      "created_at" : "Sun Mar 05 18:02:30 +0000 2023",
      "favorited" : false,
      "full_text" : "2/4 I started weighing the water. Cups lie. A &quot;cup&quot; of water was anywhere between 220 and 260 g depending on who poured it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632440843367350280"
          ],
          "editableUntil" : "2023-03-05T19:00:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "15",
      "id_str" : "1632440843367350280",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1632440843367350280",
      "created_at" : "Sun Mar 05 18:00:01 +0000 2023",
      "favorited" : false,
      "full_text" : "A short thread on why my bread got better this winter (it was not the flour). 🧵 1/4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1632141890155446279"
          ],
          "editableUntil" : "2023-03-04T23:12:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo | Skywatch",
            "screen_name" : "skywatch_jo",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "900000000000000022",
            "id" : "900000000000000022"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "0",
      "id_str" : "1632141890155446279",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1632141890155446279",
      "created_at" : "Sat Mar 04 22:12:05 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @skywatch_jo: Tonight around 22:30 the ISS crosses the whole sky from west to east, bright as Venus. Step outside for four minutes, it&apos;s worth i…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631950470509494278"
          ],
          "editableUntil" : "2023-03-04T10:31:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/adaquill/status/1631950470509494278/photo/1",
            "indices" : [
              "101",
              "124"
            ],
            "url" : "https://t.co/Qz00000002",
            "media_url" : "http://pbs.twimg.com/media/FqA1cardamomKnots.jpg",
            "id_str" : "1631950470509494278",
            "id" : "1631950470509494278",
            "media_url_https" : "https://pbs.twimg.com/media/FqA1cardamomKnots.jpg",
            "sizes" : {
              "large" : {
                "w" : "1600",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/FqA1cardam"
          }
        ]
      },
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/adaquill/status/1631950470509494278/photo/1",
            "indices" : [
              "101",
              "124"
            ],
            "url" : "https://t.co/Qz00000002",
            "media_url" : "http://pbs.twimg.com/media/FqA1cardamomKnots.jpg",
            "id_str" : "1631950470509494278",
            "id" : "1631950470509494278",
            "media_url_https" : "https://pbs.twimg.com/media/FqA1cardamomKnots.jpg",
            "sizes" : {
              "large" : {
                "w" : "1600",
                "h" : "1200",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/FqA1cardam"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "1631950470509494278",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1631950470509494278",
      "created_at" : "Sat Mar 04 09:31:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Morning bake: cardamom knots. Twelve went in, nine came out, three were &quot;quality control&quot;. https://t.co/Qz00000002",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631731200684982277"
          ],
          "editableUntil" : "2023-03-03T20:00:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1631731200684982277",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1631731200684982277",
      "created_at" : "Fri Mar 03 19:00:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Rule of thumb I wish someone had told me: if the dough is sticky, you need time, not flour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631264521450422276"
          ],
          "editableUntil" : "2023-03-02T13:05:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Milo Ferments",
            "screen_name" : "milo_ferment",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1631260000000000001",
      "in_reply_to_status_id" : "1631260000000000001",
      "id_str" : "1631264521450422276",
      "in_reply_to_user_id" : "900000000000000011",
      "in_reply_to_user_id_str" : "900000000000000011",
      "in_reply_to_screen_name" : "milo_ferment",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1631264521450422276",
      "created_at" : "Thu Mar 02 12:05:44 +0000 2023",
      "favorited" : false,
      "full_text" : "@milo_ferment yes! rye flour for the first three days, then switch. It wakes up much faster.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631191356011446275"
          ],
          "editableUntil" : "2023-03-02T08:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Qz00000001",
            "expanded_url" : "https://adaquill.example/notes/starter-schedule",
            "display_url" : "adaquill.example/notes/start…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "10",
      "id_str" : "1631191356011446275",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1631191356011446275",
      "created_at" : "Thu Mar 02 07:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Wrote up how I keep a sourdough starter alive on a schedule that includes weekends away: https://t.co/Qz00000001",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631046665106358274"
          ],
          "editableUntil" : "2023-03-01T22:40:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "astronomy",
            "indices" : [
              "124",
              "134"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "15",
      "id_str" : "1631046665106358274",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1631046665106358274",
      "created_at" : "Wed Mar 01 21:40:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Clear sky tonight. Saturn is low in the west, just above the neighbour&apos;s chimney &amp; very much worth the cold hands. #astronomy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1630840842220470273"
          ],
          "editableUntil" : "2023-03-01T09:02:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1630840842220470273",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1630840842220470273",
      "created_at" : "Wed Mar 01 08:02:11 +0000 2023",
      "favorited" : false,
      "full_text" : "First loaf of the spring. The crumb finally looks like the photos in the book instead of a brick with opinions.",
      "lang" : "en"
    }
  }
]