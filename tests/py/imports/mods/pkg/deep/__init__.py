print('pkg.deep: executing __init__')
