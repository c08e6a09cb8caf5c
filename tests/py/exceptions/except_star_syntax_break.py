# break, continue and return cannot leave an except* clause
for i in range(3):
    try:
        raise ValueError(i)
    except* ValueError:
        for j in range(2):
            continue
        break
