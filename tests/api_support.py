"""What the API tests share: the write token they use, and the header carrying it."""

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
