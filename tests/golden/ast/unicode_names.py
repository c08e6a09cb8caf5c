# non-ASCII identifiers and strings
café = 1
π = 3.14159
größe = café + π
名前 = 'テスト'
Δx = größe - 1
