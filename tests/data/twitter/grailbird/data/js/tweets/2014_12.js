Grailbird.data.tweets_2014_12 = 
 [ {
  "source" : "web",
  "text" : "An old tweet",
  "created_at" : "2014-12-24 10:00:00 +0000",
  "id_str" : "547000000000000000"
} ]