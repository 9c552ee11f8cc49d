window.YTD.tweet.part0 = [ {
  "tweet" : {
    "id" : 1100000000000000001,
    "full_text" : "From 2020, when the file was tweet.js",
    "created_at" : "Sat Feb 29 23:59:59 +0000 2020",
    "retweeted" : false
  }
}, {
  "tweet" : {
    "id_str" : "1100000000000000002",
    "full_text" : "Second one &lt;3",
    "created_at" : "Sun Mar 01 00:00:01 +0000 2020"
  }
} ]