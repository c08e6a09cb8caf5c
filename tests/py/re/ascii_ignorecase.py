# re.ASCII with re.IGNORECASE folds only A-Z and a-z: not é/É, not the Kelvin sign with k
import re
print(re.match('é', 'É', re.A | re.I), re.match('(?ai)é', 'É'), re.match('(?i)(?a:é)', 'É'), re.match('(?a)(?i:é)', 'É'), re.match('é', 'É', re.I))
print(re.findall('[a-zé]+', 'ABCéÉxyz', re.A | re.I), re.findall('[^aé]+', 'AÉbé', re.A | re.I), re.findall('[é-ü]', 'ÉÜö', re.A|re.I))
print(re.findall('(?i)[é-]', 'É-é'), re.findall('(?a)(?i:K)', 'k\u212aK'), re.findall('k', 'k\u212aK', re.A|re.I), re.findall('k', 'k\u212aK', re.I))
print(re.findall('(?-i:é)a', 'éA ÉA', re.I|re.A), re.findall('[\\xe9]', 'Éé', re.A | re.I), re.findall(r'\xe9\u00e9', 'ÉÉéé', re.A | re.I))
