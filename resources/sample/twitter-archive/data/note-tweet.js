window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1639696146232246314",
      "updatedAt" : "2023-03-25T18:30:00.000Z",
      "lifecycle" : {
        "value" : "Published",
        "name" : "Published",
        "originalName" : "Published",
        "annotations" : {}
      },
      "createdAt" : "2023-03-25T18:30:00.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Some notes after a year of baking and stargazing side by side, since people keep asking how the two fit together. Both reward patience more than talent. Both happen best in the quiet hours. Both make you check the weather obsessively. And both are better shared: a loaf is for slicing at a table with friends, and a dark sky is for pointing things out to someone who has never seen Saturn's rings. If you have been meaning to start either one, this is your sign. Start small, write things down, and expect the first ten to be mediocre. Mine certainly were.",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  }
]