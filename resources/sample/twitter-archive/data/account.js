window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ada@example.invalid",
      "createdVia" : "web",
      "username" : "adaquill",
      "accountId" : "1478223340123456789",
      "createdAt" : "2022-01-04T10:00:00.000Z",
      "accountDisplayName" : "Ada Quill"
    }
  }
]