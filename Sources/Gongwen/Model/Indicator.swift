/// A headline indicator of government work: what analysts compare across regions and years.
///
/// A metric gets one only when it is the whole region's figure of that indicator
/// (地区生产总值增长5.5%左右 in a province's report), never a sector's, a sub-region's or a
/// neighbour's figure in the same clause (研发经费投入相当于生产总值的2.6% is not GDP
/// growth). The phrases behind each key are in `Docs/Indicators.md`.
public enum Indicator: String, Codable, Hashable, Sendable, CaseIterable {
  /// 地区生产总值, 国内生产总值 (an amount).
  case gdp
  /// Growth of 地区生产总值 / 国内生产总值 / 经济 (%).
  case gdpGrowth = "gdp_growth"
  /// 人均地区生产总值 (an amount per person).
  case gdpPerCapita = "gdp_per_capita"
  /// 居民消费价格涨幅, CPI (%).
  case cpi
  /// 城镇新增就业 (people).
  case urbanNewJobs = "urban_new_jobs"
  /// 城镇调查失业率 (%).
  case urbanUnemployment = "urban_unemployment"
  /// 城镇登记失业率 (%).
  case urbanRegisteredUnemployment = "urban_registered_unemployment"
  /// 一般公共预算收入, 财政收入 (an amount).
  case budgetRevenue = "budget_revenue"
  /// Growth of 一般公共预算收入 (%).
  case budgetRevenueGrowth = "budget_revenue_growth"
  /// 一般公共预算支出 (an amount).
  case budgetExpenditure = "budget_expenditure"
  /// Growth of 一般公共预算支出 (%).
  case budgetExpenditureGrowth = "budget_expenditure_growth"
  /// 居民人均可支配收入 (an amount).
  case perCapitaIncome = "per_capita_income"
  /// Growth of 居民人均可支配收入 (%).
  case incomeGrowth = "income_growth"
  /// 城镇居民人均可支配收入 (an amount).
  case urbanPerCapitaIncome = "urban_per_capita_income"
  /// Growth of 城镇居民人均可支配收入 (%).
  case urbanIncomeGrowth = "urban_income_growth"
  /// 农村居民人均可支配收入, 人均纯收入 (an amount).
  case ruralPerCapitaIncome = "rural_per_capita_income"
  /// Growth of 农村居民人均可支配收入 (%).
  case ruralIncomeGrowth = "rural_income_growth"
  /// 粮食(总)产量 (a mass: 万吨, 亿斤).
  case grainOutput = "grain_output"
  /// 固定资产投资 (an amount).
  case fixedAssetInvestment = "fixed_asset_investment"
  /// Growth of 固定资产投资 (%).
  case fixedAssetInvestmentGrowth = "fixed_asset_investment_growth"
  /// 社会消费品零售总额 (an amount).
  case retailSales = "retail_sales"
  /// Growth of 社会消费品零售总额 (%).
  case retailSalesGrowth = "retail_sales_growth"
  /// 外贸进出口 (an amount).
  case foreignTrade = "foreign_trade"
  /// Growth of 外贸进出口 (%).
  case foreignTradeGrowth = "foreign_trade_growth"
  /// Growth of 规模以上工业增加值 (%).
  case industrialValueAddedGrowth = "industrial_value_added_growth"
  /// 研发经费投入强度: R&D spending as a share of GDP (%).
  case rndIntensity = "rnd_intensity"
  /// 单位地区生产总值能耗 降低 (%).
  case energyIntensityReduction = "energy_intensity_reduction"
  /// 常住人口城镇化率 (%).
  case urbanizationRate = "urbanization_rate"
  /// 实际使用外资 (an amount).
  case foreignInvestment = "foreign_investment"
  /// 赤字率 (%).
  case deficitRatio = "deficit_ratio"
  /// 地方政府专项债券 (an amount).
  case specialBonds = "special_bonds"
  /// 森林覆盖率 (%).
  case forestCoverage = "forest_coverage"
  /// 空气质量优良天数比例 (%).
  case goodAirDaysRatio = "good_air_days_ratio"
  /// 农村贫困人口 减少 (people).
  case povertyReduction = "poverty_reduction"
}

/// Whether a figure is a goal or an outcome.
public enum MetricStatus: String, Codable, Hashable, Sendable, CaseIterable {
  /// A goal: 预期目标, 力争, 确保, a plan section, the coming year.
  case target
  /// An outcome: the reviewed year, a review section, 完成/达到/实现 in the past.
  case actual
}

/// The years a figure covers when it covers several (年均增长5.7% over 2021–2025).
public struct YearSpan: Codable, Hashable, Sendable {
  public var first: Int
  public var last: Int

  public init(first: Int, last: Int) {
    self.first = first
    self.last = last
  }
}
