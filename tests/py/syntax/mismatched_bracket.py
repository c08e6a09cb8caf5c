# a ']' closing a '('
result = max(1,
             2]
