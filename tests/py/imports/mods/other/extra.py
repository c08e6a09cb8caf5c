WHERE = 'other/extra'
