# two list items with no comma between them
items = [
    'apple'
    'pear' 'plum',
    42 43,
]
