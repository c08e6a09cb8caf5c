# An uncaught "list modified during sort" ValueError
scores = [40, 10, 30, 20]


def key(score):
    if score == 30:
        scores.remove(10) if 10 in scores else scores.append(0)
    return score


scores.sort(key=key)
print(scores)
