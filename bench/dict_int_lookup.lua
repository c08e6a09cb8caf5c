-- dict_int_lookup.py's twin for Lua 5.4: a table keyed by the same ints,
-- hits and misses looked up the same number of times
local N, ROUNDS = 20000, 50
local keys, d = {}, {}
for i = 0, N - 1 do keys[i + 1] = (i * 2654435761) % 4294967296 end
for i, k in ipairs(keys) do d[k] = i - 1 end
local probes, misses = {}, {}
for i = 0, N - 1 do probes[i + 1] = (i * 7919 % N * 2654435761) % 4294967296 end
for i, k in ipairs(keys) do misses[i] = k + 1 end
local total, found = 0, 0
for r = 1, ROUNDS do
  for _, k in ipairs(probes) do total = total + d[k] end
  for _, k in ipairs(probes) do if d[k] ~= nil then found = found + 1 end end
  for _, k in ipairs(misses) do if d[k] ~= nil then found = found + 1000 end end
end
print(total .. " " .. found)
