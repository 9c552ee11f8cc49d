var user_details =  {
  "screen_name" : "quill_test",
  "full_name" : "Test Quill"
}