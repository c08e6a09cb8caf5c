WHERE = 'shadow_first'
