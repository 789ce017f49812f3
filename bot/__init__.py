"""PAKN Bot: the conversation, its texts, the Send API client and the command line."""
