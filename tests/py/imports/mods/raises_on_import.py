print('raises_on_import: executing')
value = 1


def boom():
    return {}['missing']


boom()
