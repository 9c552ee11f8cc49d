window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "t@example.invalid",
      "username" : "quill_test",
      "accountId" : "4200000000000000001",
      "createdAt" : "2020-01-01T00:00:00.000Z",
      "accountDisplayName" : "Quill Display"
    }
  }
]