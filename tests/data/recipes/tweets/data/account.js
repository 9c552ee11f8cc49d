window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "wren@example.invalid",
      "createdVia" : "web",
      "username" : "wrenhollis",
      "accountId" : "1500000000000000001",
      "createdAt" : "2022-01-04T10:00:00.000Z",
      "accountDisplayName" : "Wren Hollis"
    }
  }
]
