window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1659999999999999991",
      "createdAt" : "2023-03-03T10:00:00.000Z",
      "updatedAt" : "2023-03-03T10:00:00.000Z",
      "lifecycle" : {
        "value" : "Published"
      },
      "core" : {
        "styletags" : [],
        "urls" : [
          {
            "shortUrl" : "https://t.co/NOTEURL001",
            "expandedUrl" : "https://example.org/long-a",
            "displayUrl" : "example.org/long-a"
          }
        ],
        "text" : "Long post A: the full text of A is here and it is much longer than what tweets.js keeps, the full text of A is here and it is much longer than what tweets.js keeps, the full text of A is here and it is much longer than what tweets.js keeps, the full text of A is here and it is much longer than what tweets.js keeps, see https://t.co/NOTEURL001 &amp; enjoy.",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1659999999999999992",
      "createdAt" : "2023-03-03T11:00:01.000Z",
      "updatedAt" : "2023-03-03T11:00:01.000Z",
      "lifecycle" : {
        "value" : "Published"
      },
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Long post B answers @pal: everything that did not fit in the tweet, everything that did not fit in the tweet, everything that did not fit in the tweet, everything that did not fit in the tweet, everything that did not fit in the tweet, everything that did not fit in the tweet, everything that did not fit in the tweet, everything that did not fit in the tweet, the end.",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1650000000000000004",
      "createdAt" : "2023-03-03T15:00:00.000Z",
      "updatedAt" : "2023-03-03T15:00:00.000Z",
      "lifecycle" : {
        "value" : "Published"
      },
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Matched by id: xxxxxxxxxxxxxxxxxxxx and then the rest of it, which only the note has.",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1659999999999999993",
      "createdAt" : "2023-03-03T13:00:00.000Z",
      "updatedAt" : "2023-03-03T13:00:00.000Z",
      "lifecycle" : {
        "value" : "Published"
      },
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Long post C, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, whose tweet was deleted later on, ",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1659999999999999994",
      "createdAt" : "2023-03-03T14:00:00.000Z",
      "updatedAt" : "2023-03-03T14:00:00.000Z",
      "lifecycle" : {
        "value" : "Published"
      },
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Long post D, whose tweet is not in the archive at all, whose tweet is not in the archive at all, whose tweet is not in the archive at all, whose tweet is not in the archive at all, whose tweet is not in the archive at all, whose tweet is not in the archive at all, whose tweet is not in the archive at all, whose tweet is not in the archive at all, ",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  }
]