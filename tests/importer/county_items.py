"""Items of a made-up county's bulletin (title, lead, second paragraph), written for the importer's tests:
each lead restates its title's subject, as bulletin items do."""

from __future__ import annotations

COUNTY_ITEMS = [
    (
        "县长张三调研农业生产",
        "12月1日，县长张三到城关镇调研农业生产工作，察看了蔬菜大棚。",
        "张三要求抓好冬春农业生产。",
    ),
    (
        "县政府召开常务会议",
        "11月30日，县政府召开第15次常务会议，研究部署冬季安全生产工作。",
        "会议审议通过了有关方案。",
    ),
    (
        "河口乡发展茶叶产业",
        "河口乡大力发展茶叶产业，种植面积达到3000亩，带动800余户群众增收。",
        "该乡还建成加工厂一座。",
    ),
]
