window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "111-4200000000000000001",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1661000000000000003",
            "senderId" : "4200000000000000001",
            "text" : "Here it is https://t.co/DMLINK0001 &amp; a photo https://t.co/DMMEDIA001",
            "createdAt" : "2023-04-01T10:02:00.000Z",
            "reactions" : [],
            "urls" : [
              {
                "url" : "https://t.co/DMLINK0001",
                "expanded" : "https://example.net/recipe",
                "display" : "example.net/recipe"
              }
            ],
            "mediaUrls" : [
              "https://ton.twitter.com/dm/1/2/photo.jpg"
            ],
            "editHistory" : [],
            "recipientId" : "111"
          }
        },
        {
          "messageCreate" : {
            "id" : "1661000000000000002",
            "senderId" : "111",
            "text" : "Can you send the recipe?",
            "createdAt" : "2023-04-01T10:01:00.000Z",
            "reactions" : [],
            "urls" : [],
            "mediaUrls" : [],
            "editHistory" : [
              "1661000000000000001"
            ],
            "recipientId" : "4200000000000000001"
          }
        },
        {
          "messageCreate" : {
            "id" : "1661000000000000001",
            "senderId" : "111",
            "text" : "Hi! &lt;3",
            "createdAt" : "2023-04-01T10:00:00.000Z",
            "reactions" : [],
            "urls" : [],
            "mediaUrls" : [],
            "editHistory" : [],
            "recipientId" : "4200000000000000001"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "4200000000000000001-222",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1661000000000000010",
            "senderId" : "222",
            "text" : "Someone the archive knows nothing about",
            "createdAt" : "2023-04-02T09:00:00.000Z",
            "reactions" : [],
            "urls" : [],
            "mediaUrls" : [],
            "editHistory" : [],
            "recipientId" : "4200000000000000001"
          }
        },
        {
          "reactionCreate" : {
            "senderId" : "222",
            "reactionKey" : "like",
            "eventId" : "1",
            "createdAt" : "2023-04-02T09:01:00.000Z"
          }
        }
      ]
    }
  },
  {
    "notAConversation" : {}
  }
]