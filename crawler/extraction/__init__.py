"""What a fetched page says: its fields (fields.extract_fields), main text, metadata and dates, its
"Related News", which article it is (variants), and whether it is a JavaScript shell."""
