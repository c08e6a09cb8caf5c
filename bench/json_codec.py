# json: dumps and loads of 10,000 small dicts (ints, floats, strs, bools, None, a short list), 5 times each: the C scanner and encoder of runtime/mod_json.c against CPython's _json. Prints the text's length and whether the round trip gives the data back.


def build():
    return [{"id": i, "name": "item%d" % i, "tags": ["a", "b"], "price": i * 1.5,
             "ok": i % 2 == 0, "none": None} for i in range(10000)]


def main():
    import json
    data = build()
    for _ in range(5):
        text = json.dumps(data)
    for _ in range(5):
        back = json.loads(text)
    print(len(text), back == data)


main()
