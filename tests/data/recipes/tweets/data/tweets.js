window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1670000000000000001",
      "id": "1670000000000000001",
      "full_text": "kiwis are the og fruit, fight me",
      "created_at": "Sat Apr 01 10:00:00 +0000 2023",
      "retweeted": false,
      "entities": {
        "hashtags": [],
        "user_mentions": [],
        "urls": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1670000000000000002",
      "id": "1670000000000000002",
      "full_text": "RT @someoneelse: this is not my tweet",
      "created_at": "Sat Apr 02 10:00:00 +0000 2023",
      "retweeted": false,
      "entities": {
        "hashtags": [],
        "user_mentions": [],
        "urls": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1670000000000000003",
      "id": "1670000000000000003",
      "full_text": "new post about tide pools https://t.co/abc123XYZ",
      "created_at": "Sat Apr 03 10:00:00 +0000 2023",
      "retweeted": false,
      "entities": {
        "hashtags": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/abc123XYZ",
            "expanded_url": "https://wren.example.invalid/tide-pools"
          }
        ]
      }
    }
  },
  {
    "tweet": {
      "id_str": "1670000000000000004",
      "id": "1670000000000000004",
      "full_text": "@friendly_fern totally agree, mf legend",
      "created_at": "Sat Apr 04 10:00:00 +0000 2023",
      "retweeted": false,
      "entities": {
        "hashtags": [],
        "user_mentions": [],
        "urls": []
      },
      "in_reply_to_status_id_str": "1600000000000000099",
      "in_reply_to_user_id_str": "1500000000000000777",
      "in_reply_to_screen_name": "friendly_fern"
    }
  },
  {
    "tweet": {
      "id_str": "1670000000000000005",
      "id": "1670000000000000005",
      "full_text": "salt &amp;amp; vinegar &gt; everything",
      "created_at": "Sat Apr 05 10:00:00 +0000 2023",
      "retweeted": false,
      "entities": {
        "hashtags": [],
        "user_mentions": [],
        "urls": []
      }
    }
  }
]