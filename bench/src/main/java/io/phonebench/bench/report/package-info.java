/**
 * Layer bench (reports): Allure: results written atomically, the step listener, the report generator and merging
 * of results. Uses step, verdict, rig and files; drivers never see Allure.
 */
package io.phonebench.bench.report;
