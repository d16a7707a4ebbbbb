import { pinyin } from 'pinyin-pro';
for (const ch of '长重行还乐调着朝传处降便藏都单参差曾种率盛长調樂還傳處種藏') console.log(ch, pinyin(ch, { multiple: true, type: 'array' }));
