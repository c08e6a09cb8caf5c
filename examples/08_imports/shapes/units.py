UNIT = "cm"
