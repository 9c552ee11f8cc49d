window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1662000000000000000",
      "messages" : [
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "111",
            "name" : "Bakers' Club",
            "createdAt" : "2023-04-03T08:05:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "id" : "1662000000000000002",
            "senderId" : "333",
            "text" : "Welcome everyone",
            "createdAt" : "2023-04-03T08:04:00.000Z",
            "reactions" : [],
            "urls" : [],
            "mediaUrls" : [],
            "editHistory" : []
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "444"
            ],
            "createdAt" : "2023-04-03T08:03:00.000Z"
          }
        },
        {
          "participantsJoin" : {
            "initiatingUserId" : "111",
            "userIds" : [
              "333",
              "444"
            ],
            "createdAt" : "2023-04-03T08:02:00.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "111",
            "participantsSnapshot" : [
              "111",
              "4200000000000000001"
            ],
            "createdAt" : "2023-04-03T08:00:00.000Z"
          }
        }
      ]
    }
  }
]