window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "id_str" : "1620000000000000001",
      "id" : "1620000000000000001",
      "full_text" : "Fish &amp; chips &gt; salad, &lt;b&gt; is not bold, &amp;amp; stays &amp;amp;",
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
      "id_str" : "1620000000000000002",
      "id" : "1620000000000000002",
      "full_text" : "Read this https://t.co/AAAAAAAAAA and this https://t.co/AAAAAAAAAAB (different) and (https://t.co/CCCCCCCCCC).",
      "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "urls" : [
          {
            "url" : "https://t.co/AAAAAAAAAA",
            "expanded_url" : "https://example.com/a?x=1&amp;y=2",
            "display_url" : "example.com/a?x=1&amp;"
          },
          {
            "url" : "https://t.co/AAAAAAAAAAB",
            "expanded_url" : "https://example.com/b",
            "display_url" : "example.com/b"
          },
          {
            "url" : "https://t.co/CCCCCCCCCC",
            "expanded_url" : "https://example.com/c",
            "display_url" : "example.com/c"
          }
        ],
        "user_mentions" : [],
        "hashtags" : []
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1620000000000000003",
      "id" : "1620000000000000003",
      "full_text" : "Look at this cake &amp; the candles https://t.co/MMMMMMMMMM",
      "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "urls" : [],
        "user_mentions" : [],
        "hashtags" : [],
        "media" : [
          {
            "url" : "https://t.co/MMMMMMMMMM",
            "expanded_url" : "https://twitter.com/quill_test/status/1620000000000000003/photo/1",
            "type" : "photo"
          }
        ]
      },
      "extended_entities" : {
        "media" : [
          {
            "url" : "https://t.co/MMMMMMMMMM",
            "expanded_url" : "https://twitter.com/quill_test/status/1620000000000000003/photo/1",
            "type" : "photo",
            "media_url_https" : "https://pbs.twimg.com/media/x.jpg"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1620000000000000004",
      "id" : "1620000000000000004",
      "full_text" : "RT @someone: A retweet, cut short by the archive with an ellipsis and a broken link https://t.co/XYZ…",
      "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "urls" : [],
        "hashtags" : [],
        "user_mentions" : [
          {
            "screen_name" : "someone",
            "name" : "Some One",
            "id_str" : "777"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1620000000000000005",
      "id" : "1620000000000000005",
      "full_text" : "An old-style retweet flagged by the field only",
      "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
      "retweeted" : true,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1620000000000000006",
      "id" : "1620000000000000006",
      "full_text" : "@friend @other Does it work OK with .qmd files?",
      "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "urls" : [],
        "hashtags" : [],
        "user_mentions" : [
          {
            "screen_name" : "friend",
            "name" : "A Friend",
            "id_str" : "888"
          },
          {
            "screen_name" : "other",
            "name" : "Other",
            "id_str" : "999"
          }
        ]
      },
      "in_reply_to_status_id_str" : "1500000000000000000",
      "in_reply_to_user_id_str" : "888",
      "in_reply_to_screen_name" : "friend"
    }
  },
  {
    "tweet" : {
      "id_str" : "1620000000000000007",
      "id" : "1620000000000000007",
      "full_text" : "Video only https://t.co/VVVVVVVVVV",
      "created_at" : "Mon Jan 02 10:00:00 +0000 2023",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "extended_entities" : {
        "media" : [
          {
            "url" : "https://t.co/VVVVVVVVVV",
            "expanded_url" : "https://twitter.com/x/status/7/video/1",
            "type" : "video"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "id_str" : "1620000000000000008",
      "id" : "1620000000000000008",
      "full_text" : "No created_at; the id says when",
      "created_at" : "not a date",
      "retweeted" : false,
      "entities" : {
        "hashtags" : [],
        "user_mentions" : [],
        "urls" : []
      }
    }
  }
]