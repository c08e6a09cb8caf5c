WHERE = 'shadow_second'
