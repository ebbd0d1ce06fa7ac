/*
 * Tasklist fix for Camunda Forms with editable lists (Camunda 7.24): Tasklist counts every key of
 * form-js's error object, and a dynamic list leaves keys behind with no error in them, so the
 * "Hoàn thành" button stayed grey after a row was edited until the form was saved. A Camunda Form
 * is judged by what it shows: "Hoàn thành" is grey exactly while form-js shows an error on the
 * form, judged again whenever the form changes on screen (so the button does not blink grey at each
 * change either, which swallowed a click that came at that moment). Tasklist still validates the
 * whole form when it is submitted, so nothing invalid gets through.
 *
 * form-js (the renderer of Camunda Forms) has a few English words of its own that no Tasklist
 * locale reaches: its validation messages, "Add new", "Search", "No results", "Select", "Remove
 * tag". They are put into Vietnamese as they appear; so is the engine's English preamble ("Cannot
 * submit task form …:") before the Vietnamese reasons in Tasklist's notices.
 *
 * form-js writes and reads its date fields in the format of the browser's own language, so an
 * English browser showed mm/dd/yyyy. They show and accept dd/mm/yyyy, as Tasklist's own dates, and
 * their calendars speak Vietnamese; the value sent to the engine stays YYYY-MM-DD.
 */
define([], function () {
  'use strict';
  var angular = window.angular;

  // form-js derives a date field's format from Intl.DateTimeFormat('default'), the browser's
  // language; nothing else in Tasklist asks for the locale 'default', so only those fields change.
  var NativeDateTimeFormat = Intl.DateTimeFormat;
  var VIETNAMESE_DAY = { day: '2-digit', month: '2-digit', year: 'numeric' };
  function DateTimeFormat(locales, options) {
    return locales === 'default' && options === undefined
      ? new NativeDateTimeFormat('vi-VN', VIETNAMESE_DAY)
      : new NativeDateTimeFormat(locales, options);
  }
  DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat = DateTimeFormat;

  var MONTHS = [];
  for (var month = 1; month <= 12; month++) {
    MONTHS.push('Tháng ' + month);
  }
  // The calendar of a date field (flatpickr), weeks from Monday as on Vietnamese calendars.
  var CALENDAR = {
    weekdays: {
      shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
      longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
    },
    months: { shorthand: MONTHS, longhand: MONTHS },
    firstDayOfWeek: 1,
    rangeSeparator: ' đến ',
    scrollTitle: 'Cuộn để thay đổi',
    toggleTitle: 'Bấm để chuyển',
    yearAriaLabel: 'Năm',
    monthAriaLabel: 'Tháng'
  };

  function vietnameseCalendars(root) {
    root.querySelectorAll('.fjs-datepicker input').forEach(function (input) {
      var picker = input._flatpickr;
      if (picker && !picker.tdktVietnamese) {
        picker.tdktVietnamese = true;
        picker.set('locale', CALENDAR);
      }
    });
  }

  var MESSAGES = [
    [/^Field is required\.$/, function () { return 'Chưa nhập mục bắt buộc này.'; }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return 'Giá trị phải từ ' + m[1] + ' trở lên.'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return 'Giá trị không được quá ' + m[1] + '.'; }],
    [/^Field must have minimum length of (.+)\.$/, function (m) { return 'Phải có ít nhất ' + m[1] + ' ký tự.'; }],
    [/^Field must have maximum length of (.+)\.$/, function (m) { return 'Không được quá ' + m[1] + ' ký tự.'; }],
    [/^Field must match pattern (.+)\.$/, function () { return 'Giá trị không đúng định dạng (xem hướng dẫn dưới ô nhập).'; }],
    [/^Field must be a valid email\.$/, function () { return 'Địa chỉ thư điện tử không hợp lệ.'; }],
    [/^Value is not a number\.$/, function () { return 'Phải là một số.'; }],
    [/^Value is expected to be an integer\.$/, function () { return 'Phải là số nguyên.'; }],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/,
      function (m) { return 'Chỉ được có tối đa ' + m[1] + ' chữ số thập phân.'; }],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
      function (m) { return 'Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ' + m[1] + ' và ' + m[2] + '.'; }],
    [/^Field must be a valid\s+international phone number\./,
      function () { return 'Số điện thoại không hợp lệ (dạng quốc tế, ví dụ +84912345678).'; }],
    [/^Nothing to show\.$/, function () { return 'Không có dòng nào.'; }],
    // A list an administrator's form leaves collapsible (the shipped forms show every row).
    [/^Expand all \((\d+)\)$/, function (m) { return 'Hiện tất cả (' + m[1] + ')'; }],
    [/^Collapse$/, function () { return 'Thu gọn'; }],
    [/^Add new$/, function () { return 'Thêm dòng'; }],
    [/^No results$/, function () { return 'Không tìm thấy'; }],
    [/^Select$/, function () { return 'Chọn'; }],
    // The engine's English prefix before the Vietnamese reasons a form was refused.
    [/^(?:Cannot submit task form|Cannot complete task|Cannot instantiate process definition) \S+: ([\s\S]+)$/,
      function (m) { return m[1]; }]
  ];
  var PLACEHOLDERS = { 'Search': 'Tìm kiếm', 'Select': 'Chọn' };

  var TITLES = { 'Remove tag': 'Bỏ chọn' };

  function translate(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = node.nodeValue.trim();
      for (var i = 0; i < MESSAGES.length; i++) {
        var match = MESSAGES[i][0].exec(text);
        if (match) {
          node.nodeValue = MESSAGES[i][1](match);
          break;
        }
      }
    }
    root.querySelectorAll('input[placeholder]').forEach(function (input) {
      var vi = PLACEHOLDERS[input.getAttribute('placeholder')];
      if (vi) {
        input.setAttribute('placeholder', vi);
      }
    });
    root.querySelectorAll('[title]').forEach(function (element) {
      var vi = TITLES[element.getAttribute('title')];
      if (vi) {
        element.setAttribute('title', vi);
      }
    });
    vietnameseCalendars(root);
  }

  // The task and start forms on screen, each judged by what its Camunda Form shows.
  var judges = [];

  new MutationObserver(function (changes) {
    var formChanged = false;
    changes.forEach(function (change) {
      var target = change.target.nodeType === Node.TEXT_NODE ? change.target.parentNode : change.target;
      if (target && target.closest && target.closest('.fjs-container, [notifications-panel]')) {
        translate(target);
        formChanged = formChanged || target.closest('.fjs-container') !== null;
      }
    });
    // form-js renders a field's error after the change event that reported it: judged once it shows.
    if (formChanged) {
      judges.forEach(function (judge) { judge(); });
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  angular.module('tdkt.tasklist.fixes', []).config(['$provide', function ($provide) {
    $provide.decorator('camTasklistFormDirective', ['$delegate', function ($delegate) {
      var directive = $delegate[0];
      var original = directive.controller;
      var deps = angular.isArray(original) ? original.slice(0, -1) : [];
      var construct = angular.isArray(original) ? original[original.length - 1] : original;
      directive.controller = deps.concat(['$scope', '$element', function () {
        var own = Array.prototype.slice.call(arguments, deps.length);
        var scope = own[0];
        var element = own[1][0];
        construct.apply(this, Array.prototype.slice.call(arguments, 0, deps.length));
        var notify = this.notifyFormValidated.bind(this);
        var told = null;
        function tell(invalid) {
          told = invalid;
          notify(invalid);
        }
        function showsError() {
          return element.querySelector('.fjs-has-errors') !== null;
        }
        function judge() {
          if (element.querySelector('.fjs-form') && showsError() !== told) {
            tell(showsError());
          }
        }
        // An embedded HTML form (the dossier) keeps Tasklist's own verdict.
        this.notifyFormValidated = function (invalid) {
          tell(element.querySelector('.fjs-form') ? showsError() : invalid);
        };
        judges.push(judge);
        scope.$on('$destroy', function () {
          judges.splice(judges.indexOf(judge), 1);
        });
      }]);
      return $delegate;
    }]);
  }]);
});
