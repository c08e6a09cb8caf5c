# a bare name captures the subject (always matches); the name stays bound after the statement
match 42:
    case answer:
        print("captured", answer)
print("still bound:", answer)

def first_capture(v):
    match v:
        case 0:
            return "zero"
        case other:
            return f"other={other!r}"
print(first_capture(0), first_capture("x"))
