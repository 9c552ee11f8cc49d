window.__THAR_CONFIG = {
  "userInfo": {
    "accountId": "4200000000000000001",
    "userName": "quill_test",
    "displayName": "Test Quill"
  },
  "archiveInfo": {
    "isPartialArchive": false
  },
  "dataTypes": {
    "tweets": {
      "files": [
        {
          "fileName": "data/tweets.js",
          "globalName": "YTD.tweets.part0",
          "count": "3"
        },
        {
          "fileName": "data/tweets-part1.js",
          "globalName": "YTD.tweets.part1",
          "count": "2"
        },
        {
          "fileName": "data/tweets-part2.js",
          "globalName": "YTD.tweets.part2",
          "count": "5"
        }
      ]
    },
    "directMessages": {
      "files": [
        {
          "fileName": "data/direct-messages.js",
          "globalName": "YTD.direct_messages.part0",
          "count": "2"
        }
      ]
    },
    "deletedTweets": {
      "files": [
        {
          "fileName": "data/deleted-tweets.js",
          "globalName": "YTD.deleted_tweets.part0",
          "count": "1"
        }
      ]
    }
  }
}