<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>dates</name>
        <message>
            <source>&apos;{text}&apos; is not a date; write it like 2026-11-05</source>
            <translation>“{text}”不是有效的日期；请按 2026-11-05 的格式填写</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not a month; write it like 2026-11</source>
            <translation>“{text}”不是有效的月份；请按 2026-11 的格式填写</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not a real date: there is no such day</source>
            <translation>“{text}”不是实际存在的日期：日历上没有这一天</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not a time of day</source>
            <translation>“{text}”不是有效的时刻</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not an Excel date number</source>
            <translation>“{text}”不是有效的 Excel 日期序号</translation>
        </message>
        <message>
            <source>Excel date number {text} is 1900-02-29, a day that never existed</source>
            <translation>Excel 日期序号 {text} 对应 1900-02-29，这一天实际并不存在</translation>
        </message>
        <message>
            <source>The date is empty</source>
            <translation>日期不能为空</translation>
        </message>
    </context>
    <context>
        <name>money</name>
        <message>
            <source>&apos;{text}&apos; has misplaced thousands separators</source>
            <translation>“{text}”的千位分隔符位置不对</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; has more than two decimal places; amounts are counted to the fen (0.01)</source>
            <translation>“{text}”的小数超过两位；金额只能精确到分（0.01）</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is negative; enter an amount of zero or more</source>
            <translation>“{text}”是负数；请输入零或正数金额</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not an amount</source>
            <translation>“{text}”不是有效的金额</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is too large for an amount</source>
            <translation>“{text}”超出了金额的允许范围</translation>
        </message>
        <message>
            <source>A share cannot be negative ({weight})</source>
            <translation>分摊比例不能为负数（{weight}）</translation>
        </message>
        <message>
            <source>A share cannot be {weight}</source>
            <translation>分摊比例不能是 {weight}</translation>
        </message>
        <message>
            <source>The amount is empty</source>
            <translation>金额不能为空</translation>
        </message>
        <message>
            <source>The shares add up to zero; the amount cannot be split</source>
            <translation>分摊比例合计为零，无法分摊金额</translation>
        </message>
        <message>
            <source>There is nothing to split the amount across</source>
            <translation>没有可分摊金额的对象</translation>
        </message>
    </context>
</TS>
