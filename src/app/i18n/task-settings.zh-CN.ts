import type { Widen } from './zh-CN';

export const taskSettingsZhCN = {
  title: '任务与节日问候',
  hint: '决定每天的任务：哪些节日问候顾客、提前几天提醒、多久未到店算久未见面、每周最多联系几次。离线也能保存，联网后同步到所有平板。',
  holidays: '问候的节日',
  on: '{{name}}（{{date}}）',
  solar: '公历',
  lunar: '农历',
  date: '{{calendar}}{{month}}月{{day}}日',
  remove: '删除 {{name}}',
  noOwn: '还没有本店自己的节日。',
  add: {
    title: '添加本店的节日',
    nameZh: '节日名称（中文）',
    nameEn: '节日名称（英文，可不填）',
    calendar: '历法',
    month: '月',
    day: '日',
    submit: '添加节日',
    noSuchSolarDay: '公历{{month}}月没有这一天',
    noSuchLunarDay: '农历每月最多 30 天',
    added: '已添加，所有平板同步后都会生成问候任务',
  },
  timing: {
    title: '提醒与联系',
    holidayDaysAhead: '节日前几天提醒问候',
    birthdayDaysAhead: '生日前几天提醒祝福',
    dormantAfterDays: '多少天未到店算"久未见面"',
    dormantBeforeLapse: '须在 1 到 {{max}} 天之间（少于流失预警的 {{days}} 天）',
    weeklyContactCap: '每位顾客每周最多联系几次',
    save: '保存',
    saved: '已保存',
  },
};

export type TaskSettingsMessages = Widen<typeof taskSettingsZhCN>;
