import sys
name, era, gov, year = sys.argv[1:5]
ERA = {"2025": "It reviews 2024 (and briefly the years of the 14th Five-Year Plan) and sets the targets and tasks for 2025, the plan's last year, in the language of 2025 (新质生产力, 高质量发展, 两重, 两新, 以旧换新, 低空经济, 人工智能+ and so on, as that government would use them).",
       "1956": "It is a report of the people's committee (人民委员会) in the 1950s: it reviews 1955 and sets the tasks of 1956 in the language of that time (第一个五年计划, 社会主义改造, 农业合作化, 公私合营, 增产节约, 爱国卫生运动, 扫盲; factories, mines, water works, roads and public buildings of a 1950s city; figures in 万元, 吨, 亩, 公里).",
       "2012": "It reviews the five years of the 11th Five-Year Plan term just past and 2011, and sets the targets and tasks for 2012 and the coming five years (十二五), in the language of 2012 (转方式调结构, 保障性安居工程, 新农村建设, 城镇化, 节能减排 and so on)."}[era]
t = open("/tmp/s45/briefs/writer-template.md").read().replace("NAME", name).replace("GOVLINE", gov).replace("YEAR", year).replace("ERA", ERA)
open(f"/tmp/s45/briefs/w-{name}.md", "w").write(t)
a = open("/tmp/s45/briefs/annotator-template.md").read().replace("NAME", name)
open(f"/tmp/s45/briefs/a-{name}.md", "w").write(a)
